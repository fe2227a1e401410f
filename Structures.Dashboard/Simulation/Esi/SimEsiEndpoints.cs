namespace Structures.Dashboard.Simulation.Esi;

// ESI's routes (https://esi.evetech.net), with the cache, limiter group, scope and role of each from esi/openapi.json.
internal static class SimEsiEndpoints
{
    private const string Structures = "esi-corporations.read_structures.v1";
    private const string Starbases = "esi-corporations.read_starbases.v1";
    private const string CustomsOffices = "esi-planets.read_customs_offices.v1";
    private const string Assets = "esi-assets.read_corporation_assets.v1";
    private const string Notifications = "esi-characters.read_notifications.v1";
    private const string Mining = "esi-industry.read_corporation_mining.v1";
    private const string UniverseStructures = "esi-universe.read_structures.v1";
    private const string Roles = "esi-characters.read_corporation_roles.v1";

    public static void MapSimulatedEsi(this IEndpointRouteBuilder app)
    {
        var esi = app.MapGroup("/sim/esi").ExcludeFromDescription().DisableAntiforgery();
        MapCorporation(esi);
        MapCharacter(esi);
        MapUniverse(esi);
        esi.MapPost("/universe/names", async (HttpContext http, EsiResponder r, EsiUniverseViews v) =>
        {
            if (await SimEsiIds.ReadAsync(http) is not { } ids)
            {
                return;
            }

            await r.RespondAsync(http, new EsiRoute("universe-names") { CacheSeconds = 0 }, () => v.Names(ids));
        });
        esi.MapPost("/universe/ids", async (HttpContext http, EsiResponder r, EsiUniverseViews v) =>
        {
            if (await SimEsiIds.ReadNamesAsync(http) is { } names)
            {
                await r.RespondAsync(http, new EsiRoute("universe-ids") { CacheSeconds = 0 }, () => v.Ids(names));
            }
        });
        esi.MapGet("/sovereignty/map", (HttpContext http, EsiResponder r, EsiUniverseViews v) =>
            r.RespondAsync(http, new EsiRoute("sovereignty-map") { CacheSeconds = 3600, Group = "sovereignty", GroupLimit = 600 }, v.SovereigntyMap));
        esi.MapGet("/sovereignty/structures", (HttpContext http, EsiResponder r, EsiUniverseViews v) =>
            r.RespondAsync(http, new EsiRoute("sovereignty-structures") { CacheSeconds = 120, Group = "sovereignty", GroupLimit = 600 }, v.SovereigntyStructures));
        esi.MapGet("/status", (HttpContext http, EsiResponder r, EsiUniverseViews v, SimStartTime started) =>
            r.RespondAsync(http, new EsiRoute("status") { CacheSeconds = 30, Group = "status", GroupLimit = 600 }, () => EsiUniverseViews.Status(started.Value)));
    }

    private static void MapCorporation(RouteGroupBuilder esi)
    {
        esi.MapGet("/corporations/{corporationId:long}/structures", (long corporationId, HttpContext http, EsiResponder r, EsiCorporationViews v) =>
            r.RespondPagedAsync(http, Corp("corporation-structures", corporationId, Structures, "Station_Manager", "corp-structure", 300, 3600, paged: true), () => v.Structures(corporationId)));
        esi.MapGet("/corporations/{corporationId:long}/starbases", (long corporationId, HttpContext http, EsiResponder r, EsiCorporationViews v) =>
            r.RespondPagedAsync(http, Corp("corporation-starbases", corporationId, Starbases, "Director", "corp-structure", 300, 3600, paged: true), () => v.Starbases(corporationId)));
        esi.MapGet("/corporations/{corporationId:long}/starbases/{starbaseId:long}", (long corporationId, long starbaseId, long system_id, HttpContext http, EsiResponder r, EsiCorporationViews v) =>
            r.RespondAsync(http, Corp("corporation-starbase", corporationId, Starbases, "Director", "corp-structure", 300, 3600), () => v.StarbaseDetail(corporationId, starbaseId, system_id)));
        esi.MapGet("/corporations/{corporationId:long}/customs_offices", (long corporationId, HttpContext http, EsiResponder r, EsiCorporationViews v) =>
            r.RespondPagedAsync(http, Corp("corporation-customs-offices", corporationId, CustomsOffices, "Director", "corp-industry", 600, 3600, paged: true), () => v.CustomsOffices(corporationId)));
        esi.MapGet("/corporations/{corporationId:long}/assets", (long corporationId, HttpContext http, EsiResponder r, EsiCorporationViews v) =>
            r.RespondPagedAsync(http, Corp("corporation-assets", corporationId, Assets, "Director", "corp-asset", 1800, 3600, paged: true), () => v.Assets(corporationId)));
        esi.MapPost("/corporations/{corporationId:long}/assets/names", async (long corporationId, HttpContext http, EsiResponder r, EsiCorporationViews v) =>
        {
            if (await SimEsiIds.ReadAsync(http) is { } ids)
            {
                await r.RespondAsync(http, Corp("corporation-asset-names", corporationId, Assets, "Director", "corp-asset", 1800, 0), () => v.AssetNames(corporationId, ids));
            }
        });
        esi.MapPost("/corporations/{corporationId:long}/assets/locations", async (long corporationId, HttpContext http, EsiResponder r, EsiCorporationViews v) =>
        {
            if (await SimEsiIds.ReadAsync(http) is { } ids)
            {
                await r.RespondAsync(http, Corp("corporation-asset-locations", corporationId, Assets, "Director", "corp-asset", 1800, 0), () => v.AssetLocations(corporationId, ids));
            }
        });
        esi.MapGet("/corporation/{corporationId:long}/mining/extractions", (long corporationId, HttpContext http, EsiResponder r, EsiCorporationViews v) =>
            r.RespondPagedAsync(http, Corp("corporation-mining-extractions", corporationId, Mining, "Station_Manager", "corp-industry", 600, 1800, paged: true), () => v.Extractions(corporationId)));
    }

    private static void MapCharacter(RouteGroupBuilder esi)
    {
        esi.MapGet("/characters/{characterId:long}/notifications", (long characterId, HttpContext http, EsiResponder r, EsiUniverseViews v) =>
            r.RespondAsync(http, new EsiRoute("character-notifications") { CharacterId = characterId, Scope = Notifications, Group = "char-notification", GroupLimit = 15, CacheSeconds = 600 }, () => v.Notifications(characterId)));
        esi.MapGet("/characters/{characterId:long}/roles", (long characterId, HttpContext http, EsiResponder r, EsiUniverseViews v) =>
            r.RespondAsync(http, new EsiRoute("character-roles") { CharacterId = characterId, Scope = Roles, Group = "char-detail", GroupLimit = 600, CacheSeconds = 3600 }, () => v.Roles(characterId)));
        esi.MapGet("/characters/{characterId:long}", (long characterId, HttpContext http, EsiResponder r, EsiUniverseViews v) =>
            r.RespondAsync(http, new EsiRoute("character") { CacheSeconds = 86400 }, () => v.Character(characterId)));
        esi.MapGet("/corporations/{corporationId:long}", (long corporationId, HttpContext http, EsiResponder r, EsiUniverseViews v) =>
            r.RespondAsync(http, new EsiRoute("corporation") { CacheSeconds = 3600 }, () => v.Corporation(corporationId)));
        esi.MapGet("/alliances/{allianceId:long}", (long allianceId, HttpContext http, EsiResponder r, EsiUniverseViews v) =>
            r.RespondAsync(http, new EsiRoute("alliance") { CacheSeconds = 3600 }, () => v.Alliance(allianceId)));
        esi.MapPost("/characters/affiliation", async (HttpContext http, EsiResponder r, EsiUniverseViews v) =>
        {
            if (await SimEsiIds.ReadAsync(http) is { } ids)
            {
                await r.RespondAsync(http, new EsiRoute("character-affiliation") { CacheSeconds = 0 }, () => v.Affiliation(ids));
            }
        });
    }

    private static void MapUniverse(RouteGroupBuilder esi)
    {
        esi.MapGet("/universe/structures/{structureId:long}", (long structureId, HttpContext http, EsiResponder r, EsiUniverseViews v) =>
            r.RespondAsync(http, new EsiRoute("universe-structure")
            {
                Scope = UniverseStructures,
                CacheSeconds = 3600,
                CharacterMayRead = characterId => v.MayDock(structureId, characterId),
            }, () => v.UniverseStructure(structureId)));
        esi.MapGet("/universe/types/{id:long}", (long id, HttpContext http, EsiResponder r, EsiUniverseViews v) => r.RespondAsync(http, new EsiRoute("universe-type"), () => v.Type(id)));
        esi.MapGet("/universe/groups/{id:long}", (long id, HttpContext http, EsiResponder r, EsiUniverseViews v) => r.RespondAsync(http, new EsiRoute("universe-group"), () => v.Group(id)));
        esi.MapGet("/universe/categories/{id:long}", (long id, HttpContext http, EsiResponder r, EsiUniverseViews v) => r.RespondAsync(http, new EsiRoute("universe-category"), () => v.Category(id)));
        esi.MapGet("/universe/systems/{id:long}", (long id, HttpContext http, EsiResponder r, EsiUniverseViews v) => r.RespondAsync(http, new EsiRoute("universe-system"), () => v.System(id)));
        esi.MapGet("/universe/constellations/{id:long}", (long id, HttpContext http, EsiResponder r, EsiUniverseViews v) => r.RespondAsync(http, new EsiRoute("universe-constellation"), () => v.Constellation(id)));
        esi.MapGet("/universe/regions/{id:long}", (long id, HttpContext http, EsiResponder r, EsiUniverseViews v) => r.RespondAsync(http, new EsiRoute("universe-region"), () => v.Region(id)));
        esi.MapGet("/universe/planets/{id:long}", (long id, HttpContext http, EsiResponder r, EsiUniverseViews v) => r.RespondAsync(http, new EsiRoute("universe-planet"), () => v.Planet(id)));
        esi.MapGet("/universe/moons/{id:long}", (long id, HttpContext http, EsiResponder r, EsiUniverseViews v) => r.RespondAsync(http, new EsiRoute("universe-moon"), () => v.Moon(id)));
    }

    private static EsiRoute Corp(string name, long corporationId, string scope, string role, string group, int limit, double cacheSeconds, bool paged = false) =>
        new(name) { CorporationId = corporationId, Scope = scope, Role = role, Group = group, GroupLimit = limit, CacheSeconds = cacheSeconds, Paged = paged };
}
