using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Structures;

// How the structure board opens and shows what it lists.
public sealed class BoardOptions
{
    public const string SectionName = "Structures:Board";

    // Rows per page on the board and lists; paging can be turned off.
    [Range(1, 1000)]
    public int DefaultPageLength { get; set; } = 25;
    public bool PagingEnabled { get; set; } = true;

    // The board opens filtered to the tags marked as default.
    public bool DefaultTagsFilterEnabled { get; set; }

    // Fuel shown as time left ("3d 4h") rather than as the expiry date.
    public bool ShowFuelExpiresRelative { get; set; } = true;
    public bool ShowJumpGates { get; set; } = true;

    // How long "under attack" shows after the latest attack notification. EVE repeats the attack notification while
    // the shooting goes on, so a quarter of an hour bridges the gaps of one fight, and a fight that ended stops
    // showing well before the next sync could say so (ESI caches the structure list for an hour).
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan AttackQuietPeriod { get; set; } = TimeSpan.FromMinutes(15);
}
