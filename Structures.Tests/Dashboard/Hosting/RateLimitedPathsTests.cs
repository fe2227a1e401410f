using Microsoft.AspNetCore.Http;
using Structures.Dashboard.Hosting;

namespace Structures.Tests.Dashboard.Hosting;

public sealed class RateLimitedPathsTests
{
    [Theory]
    [InlineData("/auth/login", RateLimitedPaths.Auth)]
    [InlineData("/auth/logout", RateLimitedPaths.Auth)]
    [InlineData("/signin-eve", RateLimitedPaths.Auth)]
    [InlineData("/owners/add", RateLimitedPaths.Auth)]
    [InlineData("/structures/service_status/", RateLimitedPaths.Status)]
    [InlineData("/timers/feed/abc.ics", RateLimitedPaths.Feed)]
    [InlineData("/timers", null)]
    [InlineData("/structures", null)]
    [InlineData("/owners", null)]
    [InlineData("/health/live", null)]
    [InlineData("/authors", null)]
    public void PolicyFor_APath_IsItsLimit(string path, string? policy)
    {
        RateLimitedPaths.PolicyFor(new PathString(path)).Should().Be(policy);
    }
}
