using Structures.Core.Esi.Models;

namespace Structures.Core.Structures;

// Everything ESI told about one owner's structures in one run, and what it could not tell.
internal sealed class OwnerSnapshot
{
    public List<EsiCorporationStructure>? Upwell { get; set; }
    public List<EsiStarbase>? Starbases { get; set; }
    public List<EsiCustomsOffice>? CustomsOffices { get; set; }
    public List<EsiAsset>? Assets { get; set; }

    // When ESI took the asset list (its Last-Modified): what it says of fuel and gas was true then, not at sync time.
    public DateTime? AssetsMeasuredAt { get; set; }
    // When ESI took each structure list (Last-Modified), and when its cache lets a fresh one be had (Expires).
    public DateTime? UpwellTakenAt { get; set; }
    public DateTime? StarbasesTakenAt { get; set; }
    public DateTime? CustomsOfficesTakenAt { get; set; }
    public DateTime? UpwellExpiresAt { get; set; }
    public bool UpwellFromCache { get; set; }
    public Dictionary<long, (EsiStarbaseDetail Detail, DateTime? LastModified)> StarbaseDetails { get; } = [];
    public Dictionary<long, string> Names { get; } = [];
    public Dictionary<long, EsiPosition> Positions { get; } = [];
    public Dictionary<long, long> RefineryMoons { get; } = [];
    public List<string> StructureErrors { get; } = [];
    public List<string> AssetErrors { get; } = [];

    public bool StructuresComplete => StructureErrors.Count == 0 && Upwell is not null && Starbases is not null && CustomsOffices is not null;

    public bool AssetsComplete => AssetErrors.Count == 0 && Assets is not null;

    public bool Complete => StructuresComplete && AssetsComplete;

    public bool IncludesSkyhooks { get; init; } = true;

    // Skyhooks are not listed by any corporation route: they are the singleton hulls of type 81080 in space.
    public IEnumerable<EsiAsset> Skyhooks => (IncludesSkyhooks ? Assets ?? [] : [])
        .Where(a => a.TypeId == SkyhookTypeId && a.IsSingleton && a.LocationType == "solar_system");

    // Every structure the snapshot places: one row each once it is applied.
    public HashSet<long> StructureIds =>
    [
        .. (Upwell ?? []).Select(s => s.StructureId), .. (Starbases ?? []).Select(s => s.StarbaseId),
        .. (CustomsOffices ?? []).Select(o => o.OfficeId), .. Skyhooks.Select(s => s.ItemId),
    ];

    public const long SkyhookTypeId = 81080;
}
