using System.Globalization;
using Structures.Core.Esi.Models;

namespace Structures.Core.Esi;

public sealed partial class EsiClient
{
    public Task<EsiResult<List<EsiCorporationStructure>>> GetCorporationStructuresAsync(long corporationId, EsiAuth auth, CancellationToken cancellationToken) =>
        GetPagedAsync<EsiCorporationStructure>($"/corporations/{Id(corporationId)}/structures", auth, "corp-structure", cancellationToken);

    public Task<EsiResult<List<EsiStarbase>>> GetStarbasesAsync(long corporationId, EsiAuth auth, CancellationToken cancellationToken) =>
        GetPagedAsync<EsiStarbase>($"/corporations/{Id(corporationId)}/starbases", auth, "corp-structure", cancellationToken);

    public Task<EsiResult<EsiStarbaseDetail>> GetStarbaseDetailAsync(long corporationId, long starbaseId, long systemId, EsiAuth auth, CancellationToken cancellationToken) =>
        GetAsync<EsiStarbaseDetail>($"/corporations/{Id(corporationId)}/starbases/{Id(starbaseId)}?system_id={Id(systemId)}", auth, "corp-structure", cancellationToken);

    public Task<EsiResult<List<EsiCustomsOffice>>> GetCustomsOfficesAsync(long corporationId, EsiAuth auth, CancellationToken cancellationToken) =>
        GetPagedAsync<EsiCustomsOffice>($"/corporations/{Id(corporationId)}/customs_offices", auth, "corp-industry", cancellationToken);

    public Task<EsiResult<List<EsiAsset>>> GetAssetsAsync(long corporationId, EsiAuth auth, CancellationToken cancellationToken) =>
        GetPagedAsync<EsiAsset>($"/corporations/{Id(corporationId)}/assets", auth, "corp-asset", cancellationToken);

    public Task<EsiResult<List<EsiAssetName>>> GetAssetNamesAsync(long corporationId, IReadOnlyCollection<long> itemIds, EsiAuth auth, CancellationToken cancellationToken) =>
        InChunksAsync(itemIds, chunk => PostAsync<List<EsiAssetName>>($"/corporations/{Id(corporationId)}/assets/names", chunk, auth, "corp-asset", cancellationToken));

    public Task<EsiResult<List<EsiAssetLocation>>> GetAssetLocationsAsync(long corporationId, IReadOnlyCollection<long> itemIds, EsiAuth auth, CancellationToken cancellationToken) =>
        InChunksAsync(itemIds, chunk => PostAsync<List<EsiAssetLocation>>($"/corporations/{Id(corporationId)}/assets/locations", chunk, auth, "corp-asset", cancellationToken));

    public Task<EsiResult<List<EsiExtraction>>> GetMiningExtractionsAsync(long corporationId, EsiAuth auth, CancellationToken cancellationToken) =>
        GetPagedAsync<EsiExtraction>($"/corporation/{Id(corporationId)}/mining/extractions", auth, "corp-industry", cancellationToken);

    public Task<EsiResult<EsiUniverseStructure>> GetUniverseStructureAsync(long structureId, EsiAuth auth, CancellationToken cancellationToken) =>
        GetAsync<EsiUniverseStructure>($"/universe/structures/{Id(structureId)}", auth, null, cancellationToken);

    public Task<EsiResult<List<EsiNotification>>> GetNotificationsAsync(EsiAuth auth, CancellationToken cancellationToken) =>
        GetAsync<List<EsiNotification>>($"/characters/{Id(auth.CharacterId)}/notifications", auth, "char-notification", cancellationToken);

    public Task<EsiResult<EsiRoles>> GetCharacterRolesAsync(long characterId, EsiAuth auth, CancellationToken cancellationToken) =>
        GetAsync<EsiRoles>($"/characters/{Id(characterId)}/roles", auth, "char-detail", cancellationToken);

    // The POST routes take at most 1000 IDs; a chunk ESI does not know (404) is skipped, as it holds no such items.
    private static async Task<EsiResult<List<T>>> InChunksAsync<T>(IReadOnlyCollection<long> ids, Func<long[], Task<EsiResult<List<T>>>> post)
    {
        var all = new List<T>();
        foreach (var chunk in ids.Distinct().Chunk(999))
        {
            var result = await post(chunk);
            if (result.Outcome == EsiOutcome.NotFound)
            {
                continue;
            }

            if (!result.IsSuccess)
            {
                return result;
            }

            all.AddRange(result.Value ?? []);
        }

        return new EsiResult<List<T>>(all, EsiOutcome.Ok);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
