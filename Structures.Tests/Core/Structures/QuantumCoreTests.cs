using Structures.Core.Structures;

namespace Structures.Tests.Core.Structures;

public sealed class QuantumCoreTests
{
    [Theory]
    [InlineData(1657L, true, CoreStatus.Present)]
    [InlineData(1657L, false, CoreStatus.Missing)]
    [InlineData(1657L, null, CoreStatus.Unknown)]
    [InlineData(1404L, false, CoreStatus.Missing)]
    [InlineData(1406L, null, CoreStatus.Unknown)]
    [InlineData(1408L, false, CoreStatus.NotApplicable)]
    [InlineData(4744L, false, CoreStatus.NotApplicable)]
    [InlineData(2016L, false, CoreStatus.NotApplicable)]
    [InlineData(2017L, null, CoreStatus.NotApplicable)]
    public void Core_CountsOnlyForCitadelsEngineeringComplexesAndRefineries(long groupId, bool? hasCore, CoreStatus status)
    {
        QuantumCore.Of(groupId, hasCore).Should().Be(status);
    }
}
