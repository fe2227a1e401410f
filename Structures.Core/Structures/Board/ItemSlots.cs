using System.Globalization;
using System.Text;

namespace Structures.Core.Structures.Board;

// Where an item sits in a structure, in the words of EVE's fitting window: ESI's location flags (HiSlot0,
// QuantumCoreRoom, StructureFuel...) as "High slot 1", "Quantum core", "Fuel bay", in the window's order.
public static class ItemSlots
{
    private static readonly (string Prefix, string Name)[] Numbered =
    [
        ("HiSlot", "High slot"), ("MedSlot", "Mid slot"), ("LoSlot", "Low slot"), ("RigSlot", "Rig slot"),
        ("ServiceSlot", "Service slot"), ("FighterTube", "Fighter tube"), ("SubSystemSlot", "Subsystem slot"),
    ];

    private static readonly (string Flag, string Name)[] Bays =
    [
        ("QuantumCoreRoom", "Quantum core"), ("StructureFuel", "Fuel bay"), ("FighterBay", "Fighter bay"),
        ("MoonMaterialBay", "Moon material bay"), ("StructureDeedBay", "Deed bay"), ("Cargo", "Cargo"), ("Hangar", "Hangar"),
    ];

    public static ItemSlot Of(string flag)
    {
        for (var group = 0; group < Numbered.Length; group++)
        {
            var (prefix, name) = Numbered[group];
            if (flag.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(flag.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return new ItemSlot($"{name} {index + 1}", group, index);
            }
        }

        var bay = Array.FindIndex(Bays, b => b.Flag == flag);
        if (bay >= 0)
        {
            return new ItemSlot(Bays[bay].Name, Numbered.Length + bay, 0);
        }

        // CorpSAG1..7: the corporation hangar divisions.
        if (flag.StartsWith("CorpSAG", StringComparison.Ordinal)
            && int.TryParse(flag.AsSpan("CorpSAG".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var division))
        {
            return new ItemSlot($"Corporation hangar {division}", Numbered.Length + Bays.Length, division);
        }

        return new ItemSlot(Words(flag), Numbered.Length + Bays.Length + 1, 0);
    }

    // A flag nobody named yet still reads as words: "SpecializedAmmoHold" is "Specialized ammo hold".
    private static string Words(string flag)
    {
        var words = new StringBuilder(flag.Length + 8);
        foreach (var c in flag)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c);
            }
        }

        return words.ToString();
    }
}

// Group and index give the fitting window's order: high, mid, low, rig, service slots, then core, fuel and other bays.
public sealed record ItemSlot(string Name, int Group, int Index);
