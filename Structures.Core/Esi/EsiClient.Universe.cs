using Structures.Core.Esi.Models;

namespace Structures.Core.Esi;

public sealed partial class EsiClient
{
    public Task<EsiResult<EsiType>> GetTypeAsync(long typeId, CancellationToken cancellationToken) =>
        GetAsync<EsiType>($"/universe/types/{Id(typeId)}", null, null, cancellationToken);

    public Task<EsiResult<EsiGroup>> GetGroupAsync(long groupId, CancellationToken cancellationToken) =>
        GetAsync<EsiGroup>($"/universe/groups/{Id(groupId)}", null, null, cancellationToken);

    public Task<EsiResult<EsiSystem>> GetSystemAsync(long systemId, CancellationToken cancellationToken) =>
        GetAsync<EsiSystem>($"/universe/systems/{Id(systemId)}", null, null, cancellationToken);

    public Task<EsiResult<EsiConstellation>> GetConstellationAsync(long constellationId, CancellationToken cancellationToken) =>
        GetAsync<EsiConstellation>($"/universe/constellations/{Id(constellationId)}", null, null, cancellationToken);

    public Task<EsiResult<EsiRegion>> GetRegionAsync(long regionId, CancellationToken cancellationToken) =>
        GetAsync<EsiRegion>($"/universe/regions/{Id(regionId)}", null, null, cancellationToken);

    public Task<EsiResult<EsiPlanet>> GetPlanetAsync(long planetId, CancellationToken cancellationToken) =>
        GetAsync<EsiPlanet>($"/universe/planets/{Id(planetId)}", null, null, cancellationToken);

    public Task<EsiResult<EsiMoon>> GetMoonAsync(long moonId, CancellationToken cancellationToken) =>
        GetAsync<EsiMoon>($"/universe/moons/{Id(moonId)}", null, null, cancellationToken);

    // One ID ESI cannot name fails its whole call with 404, which the caller sees.
    public async Task<EsiResult<List<EsiName>>> GetNamesAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var all = new List<EsiName>();
        foreach (var chunk in ids.Distinct().Chunk(1000))
        {
            var result = await PostAsync<List<EsiName>>("/universe/names", chunk, null, null, cancellationToken);
            if (!result.IsSuccess)
            {
                return result;
            }

            all.AddRange(result.Value ?? []);
        }

        return new EsiResult<List<EsiName>>(all, EsiOutcome.Ok);
    }

    // Exact names to IDs, without a token; a name nobody bears is simply left out of the answer.
    public Task<EsiResult<EsiIds>> GetIdsAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken) =>
        PostAsync<EsiIds>("/universe/ids", names.Distinct().ToArray(), null, null, cancellationToken);

    public Task<EsiResult<EsiCharacter>> GetCharacterAsync(long characterId, CancellationToken cancellationToken) =>
        GetAsync<EsiCharacter>($"/characters/{Id(characterId)}", null, null, cancellationToken);

    public Task<EsiResult<EsiCorporation>> GetCorporationAsync(long corporationId, CancellationToken cancellationToken) =>
        GetAsync<EsiCorporation>($"/corporations/{Id(corporationId)}", null, null, cancellationToken);

    public Task<EsiResult<EsiAlliance>> GetAllianceAsync(long allianceId, CancellationToken cancellationToken) =>
        GetAsync<EsiAlliance>($"/alliances/{Id(allianceId)}", null, null, cancellationToken);

    public Task<EsiResult<List<EsiAffiliation>>> GetAffiliationsAsync(IReadOnlyCollection<long> characterIds, CancellationToken cancellationToken) =>
        InChunksAsync(characterIds, chunk => PostAsync<List<EsiAffiliation>>("/characters/affiliation", chunk, null, null, cancellationToken));

    public Task<EsiResult<List<EsiSovereigntySystem>>> GetSovereigntyMapAsync(CancellationToken cancellationToken) =>
        GetAsync<List<EsiSovereigntySystem>>("/sovereignty/map", null, "sovereignty", cancellationToken);
}
