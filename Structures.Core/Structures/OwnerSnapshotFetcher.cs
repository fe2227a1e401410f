using Structures.Core.Esi;
using Structures.Core.Owners;

namespace Structures.Core.Structures;

// Fetches one owner's structures, starbases, customs offices and assets from ESI. It only reads: deciding what the
// answers mean for the database is the synchronizer's job.
internal sealed class OwnerSnapshotFetcher(EsiClient esi)
{
    // Kinds switched off (Structures:FeatureStarbases, FeatureCustomsOffices, FeatureSkyhooks) are not asked for, and
    // count as none: the owner's structures of that kind leave the board.
    public async Task<OwnerSnapshot> FetchAsync(Owner owner, OwnerCharacter character, EsiAuth auth, SyncOptions features, DateTime now, CancellationToken cancellationToken)
    {
        var snapshot = new OwnerSnapshot { IncludesSkyhooks = features.Skyhooks };
        var directorErrorMax = features.DirectorErrorMaxRetries;
        var corporation = owner.CorporationId;

        var upwell = await esi.GetCorporationStructuresAsync(corporation, auth, cancellationToken);
        snapshot.Upwell = Keep(upwell, snapshot.StructureErrors, "Upwell structures");
        (snapshot.UpwellTakenAt, snapshot.UpwellExpiresAt, snapshot.UpwellFromCache) = (upwell.LastModified, upwell.ExpiresAt, upwell.Outcome == EsiOutcome.NotModified);

        if (features.Starbases)
        {
            var starbases = await esi.GetStarbasesAsync(corporation, auth, cancellationToken);
            snapshot.Starbases = Keep(starbases, snapshot.StructureErrors, "Starbases");
            snapshot.StarbasesTakenAt = starbases.LastModified;
            CountDirectorErrors(character, starbases.Outcome, directorErrorMax, now);
        }
        else
        {
            snapshot.Starbases = [];
        }

        if (features.CustomsOffices)
        {
            var offices = await esi.GetCustomsOfficesAsync(corporation, auth, cancellationToken);
            snapshot.CustomsOffices = Keep(offices, snapshot.StructureErrors, "Customs offices");
            snapshot.CustomsOfficesTakenAt = offices.LastModified;
        }
        else
        {
            snapshot.CustomsOffices = [];
        }

        foreach (var starbase in snapshot.Starbases ?? [])
        {
            var detail = await esi.GetStarbaseDetailAsync(corporation, starbase.StarbaseId, starbase.SystemId, auth, cancellationToken);
            if (Keep(detail, snapshot.StructureErrors, $"Starbase {starbase.StarbaseId}") is { } d)
            {
                snapshot.StarbaseDetails[starbase.StarbaseId] = (d, detail.LastModified);
            }
        }

        var assets = await esi.GetAssetsAsync(corporation, auth, cancellationToken);
        snapshot.AssetsMeasuredAt = assets.LastModified;
        snapshot.Assets = Keep(assets, snapshot.AssetErrors, "Assets");
        await FetchNamesAndPositionsAsync(snapshot, corporation, auth, cancellationToken);

        // The corporation list carries names; ESI's universe route is asked only where it gave none.
        foreach (var structure in (snapshot.Upwell ?? []).Where(s => string.IsNullOrWhiteSpace(s.Name)))
        {
            if (await esi.GetUniverseStructureAsync(structure.StructureId, auth, cancellationToken) is { Value: { } universe })
            {
                snapshot.Names[structure.StructureId] = universe.Name;
                if (universe.Position is { } position)
                {
                    snapshot.Positions.TryAdd(structure.StructureId, position);
                }
            }
        }

        var extractions = await esi.GetMiningExtractionsAsync(corporation, auth, cancellationToken);
        foreach (var extraction in extractions.Value ?? [])
        {
            snapshot.RefineryMoons[extraction.StructureId] = extraction.MoonId;
        }

        return snapshot;
    }

    private async Task FetchNamesAndPositionsAsync(OwnerSnapshot snapshot, long corporation, EsiAuth auth, CancellationToken cancellationToken)
    {
        if (snapshot.Assets is null)
        {
            return;
        }

        var named = (snapshot.Starbases ?? []).Select(s => s.StarbaseId)
            .Concat((snapshot.CustomsOffices ?? []).Select(o => o.OfficeId))
            .Concat(snapshot.Skyhooks.Select(s => s.ItemId))
            .ToList();
        var placed = named.Concat((snapshot.Upwell ?? []).Select(s => s.StructureId)).ToList();
        var inAssets = snapshot.Assets.Select(a => a.ItemId).ToHashSet();

        if (named.Count > 0)
        {
            foreach (var name in Keep(await esi.GetAssetNamesAsync(corporation, named, auth, cancellationToken), snapshot.AssetErrors, "Asset names") ?? [])
            {
                snapshot.Names[name.ItemId] = name.Name;
            }
        }

        var locatable = placed.Where(inAssets.Contains).ToList();
        if (locatable.Count > 0)
        {
            foreach (var location in Keep(await esi.GetAssetLocationsAsync(corporation, locatable, auth, cancellationToken), snapshot.AssetErrors, "Asset locations") ?? [])
            {
                snapshot.Positions[location.ItemId] = location.Position;
            }
        }
    }

    // "Not a director" from the starbase list counts up; ESI sometimes says so wrongly, so only repeats disable.
    private static void CountDirectorErrors(OwnerCharacter character, EsiOutcome outcome, int max, DateTime now)
    {
        if (outcome == EsiOutcome.Forbidden)
        {
            character.ErrorCount++;
            if (character.ErrorCount >= max)
            {
                character.Disable($"{character.CharacterName} is not a director of the corporation (ESI refused {character.ErrorCount} times in a row).", now);
            }
        }
        else if (outcome is EsiOutcome.Ok or EsiOutcome.NotModified)
        {
            character.ErrorCount = 0;
        }
    }

    private static T? Keep<T>(EsiResult<T> result, List<string> errors, string what) where T : class
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        errors.Add($"{what}: {result.Error}");
        return null;
    }
}
