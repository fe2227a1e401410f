using System.Reflection;
using System.Text.RegularExpressions;
using Structures.Dashboard.Simulation;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Dashboard.Simulation;

// The simulator is a stand-in for EVE and Discord: nothing of the product may lean on it, except the one place
// that wires it in (Program.cs calling SimulationExtensions).
public sealed partial class SimulationBoundaryTests
{
    private const string Namespace = "Structures.Dashboard.Simulation";

    private static readonly Assembly[] ProductAssemblies = [typeof(Program).Assembly, typeof(global::Structures.Core.Data.DataOptions).Assembly];

    [Fact]
    public void ProductTypes_OutsideTheSimulation_HaveNoSimulationTypeInTheirShape()
    {
        var offenders = ProductAssemblies.SelectMany(a => a.GetTypes())
            .Where(t => !InSimulation(t) && t != typeof(Program) && !IsProgramGenerated(t))
            .SelectMany(t => ShapeOf(t).Where(InSimulation).Select(s => $"{t.FullName} uses {s.FullName}"))
            .Distinct()
            .ToList();

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void SourceFiles_OutsideTheSimulationFolder_NeverNameIt()
    {
        var root = Path.Combine(BrowserFixture.RepositoryRoot(), "Structures.Dashboard");
        var simulation = Path.Combine(root, "Simulation") + Path.DirectorySeparatorChar;
        var files = new[] { "*.cs", "*.razor" }.SelectMany(p => Directory.EnumerateFiles(root, p, SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(BrowserFixture.RepositoryRoot(), "Structures.Core"), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.StartsWith(simulation, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != "Program.cs");

        files.Where(f => SimulationMention().IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(root, f)).Should().BeEmpty();
    }

    [Fact]
    public void SimulationTypes_AreInternal_ExceptItsRazorPages()
    {
        typeof(Program).Assembly.GetTypes().Where(t => InSimulation(t) && t.IsPublic && !typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(t))
            .Select(t => t.FullName).Should().BeEmpty();
        typeof(SimulationExtensions).IsPublic.Should().BeFalse();
    }

    private static bool InSimulation(Type type) =>
        type.Namespace is { } name && (name == Namespace || name.StartsWith(Namespace + ".", StringComparison.Ordinal));

    // Top-level statements compile to Program's own methods and closures.
    private static bool IsProgramGenerated(Type type) => type.DeclaringType is { } outer && (outer == typeof(Program) || IsProgramGenerated(outer));

    private static IEnumerable<Type> ShapeOf(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var direct = new[] { type.BaseType }.Concat(type.GetInterfaces())
            .Concat(type.GetFields(all).Select(f => f.FieldType))
            .Concat(type.GetProperties(all).Select(p => p.PropertyType))
            .Concat(type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
            .Concat(type.GetConstructors(all).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)))
            .Concat(type.GetCustomAttributesData().Select(a => a.AttributeType));
        return direct.OfType<Type>().SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type) =>
        type.HasElementType ? Unwrap(type.GetElementType()!)
        : type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Append(type.GetGenericTypeDefinition())
        : [type];

    [GeneratedRegex(@"Dashboard\.Simulation|\bSimulation\.[A-Z]|\bSim[A-Z]\w+\b|\bDemoMode\b|\bDemoOwnerSeeder\b|\bDemoSeeding\b")]
    private static partial Regex SimulationMention();
}
