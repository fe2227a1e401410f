namespace Structures.Dashboard.Auth;

public static class AuthServiceCollectionExtensions
{
    // Sign-in with EVE SSO, the director round of "Add structure owner", sessions and permission policies.
    public static IServiceCollection AddDashboardAuth(this IServiceCollection services) =>
        services.AddEveAuthentication().AddDirectorAuthentication();
}
