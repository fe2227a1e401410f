using Microsoft.AspNetCore.Authorization;
using Structures.Core.Access;

namespace Structures.Dashboard.Auth;

// One authorization policy per permission, named after it: [Authorize(Policy = nameof(Permission.ManageSettings))].
// The handler asks Core, so pages, endpoints and Core queries agree on who may do what.
public static class PermissionPolicies
{
    public static IServiceCollection AddPermissionPolicies(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<CurrentViewer>();
        services.AddAuthorization(options =>
        {
            foreach (var permission in Enum.GetValues<Permission>())
            {
                options.AddPolicy(permission.ToString(), policy => policy.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
            }
        });
        return services;
    }

    private sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;

    private sealed class PermissionHandler(Viewers viewers) : AuthorizationHandler<PermissionRequirement>
    {
        protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
        {
            if ((await viewers.ResolveAsync(context.User.ViewerId(), CancellationToken.None)).Can(requirement.Permission))
            {
                context.Succeed(requirement);
            }
        }
    }
}
