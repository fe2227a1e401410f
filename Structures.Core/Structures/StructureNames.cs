namespace Structures.Core.Structures;

public static class StructureNames
{
    public const string NoData = "(no data)";

    // ESI names Upwell structures "System - Name"; the system is shown in its own column.
    public static string WithoutSystem(string name, string? systemName)
    {
        if (!string.IsNullOrEmpty(systemName) && name.StartsWith($"{systemName} - ", StringComparison.Ordinal))
        {
            return name[(systemName.Length + 3)..];
        }

        var dash = name.IndexOf(" - ", StringComparison.Ordinal);
        return systemName is null && dash > 0 ? name[(dash + 3)..] : name;
    }

    // Asset names of customs offices read "Customs Office (Amamake V)": the planet is in the parentheses.
    public static string? PlanetInCustomsOfficeName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var open = name.LastIndexOf('(');
        var close = name.LastIndexOf(')');
        return open >= 0 && close > open + 1 ? name[(open + 1)..close].Trim() : null;
    }
}
