using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Structures.Dashboard.Hosting;

// What running on the internet behind a reverse proxy needs: the proxy's headers believed from known addresses
// only, HTTPS with HSTS and Secure cookies outside Development, an error page, rate limits and security headers.
internal static class HostingExtensions
{
    public static IServiceCollection AddInternetHosting(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<ProxyOptions>().Bind(configuration.GetSection(ProxyOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) => TrustProxies(forwarded, proxy.Value));
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) => Limit(limiter, limits.Value));
        services.AddSingleton<SecurityHeaders>();
        if (!environment.IsDevelopment())
        {
            services.PostConfigureAll<CookieAuthenticationOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.Always);
            services.PostConfigureAll<OAuthOptions>(options => options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always);
            services.Configure<AntiforgeryOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        }

        return services;
    }

    public static WebApplication UseInternetHosting(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
            // Health probes come from this machine over plain HTTP.
            app.UseWhen(http => !http.Request.Path.StartsWithSegments("/health"), https => https.UseHttpsRedirection());
        }

        var headers = app.Services.GetRequiredService<SecurityHeaders>();
        app.Use((http, next) =>
        {
            headers.Apply(http.Response.Headers);
            return next(http);
        });
        app.UseRateLimiter();
        return app;
    }

    private static void TrustProxies(ForwardedHeadersOptions forwarded, ProxyOptions proxy)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        if (proxy.KnownProxies.Count == 0 && proxy.KnownNetworks.Count == 0)
        {
            return;
        }

        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var address in proxy.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(address));
        }

        foreach (var network in proxy.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }

    private static void Limit(RateLimiterOptions limiter, RateLimitOptions limits)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitedPaths.PolicyFor(http.Request.Path) switch
            {
                RateLimitedPaths.Auth => Window($"auth:{client}", limits.AuthPermitLimit, limits.AuthWindow),
                RateLimitedPaths.Status => Window($"status:{client}", limits.StatusPermitLimit, limits.StatusWindow),
                RateLimitedPaths.Feed => Window($"feed:{client}", limits.StatusPermitLimit, limits.StatusWindow),
                _ => RateLimitPartition.GetNoLimiter(""),
            };
        });
    }

    private static RateLimitPartition<string> Window(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
}
