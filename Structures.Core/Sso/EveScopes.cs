namespace Structures.Core.Sso;

// The ESI scopes a sync character grants when a director adds their corporation (aa-structures §2.1, plus mining and roles).
public static class EveScopes
{
    public const string Structures = "esi-corporations.read_structures.v1";
    public const string UniverseStructures = "esi-universe.read_structures.v1";
    public const string Notifications = "esi-characters.read_notifications.v1";
    public const string Assets = "esi-assets.read_corporation_assets.v1";
    public const string CustomsOffices = "esi-planets.read_customs_offices.v1";
    public const string Starbases = "esi-corporations.read_starbases.v1";
    public const string Mining = "esi-industry.read_corporation_mining.v1";
    public const string Roles = "esi-characters.read_corporation_roles.v1";

    public static readonly IReadOnlyList<string> Director = [Structures, UniverseStructures, Notifications, Assets, CustomsOffices, Starbases, Mining, Roles];

    // A token without any of these cannot sync an owner. Roles is among them: without it nobody can confirm that the
    // character is a director, and an unconfirmed director is not accepted.
    public static readonly IReadOnlyList<string> RequiredForSync = [Structures, UniverseStructures, Notifications, Assets, CustomsOffices, Starbases, Roles];
}
