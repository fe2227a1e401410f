using Structures.Core.Sso;
using Structures.Dashboard.Hosting;

namespace Structures.Tests.Dashboard.Hosting;

public sealed class SecurityHeadersTests
{
    [Fact]
    public void ContentSecurityPolicy_ForEve_AllowsItsImagesAndTheSignInRedirect_AndNoInlineScript()
    {
        var policy = SecurityHeaders.ContentSecurityPolicy(new EveOptions()).Split("; ");

        policy.Should().Contain("script-src 'self'")
            .And.Contain("img-src 'self' data: https://images.evetech.net")
            .And.Contain("form-action 'self' https://login.eveonline.com")
            .And.Contain("frame-ancestors 'none'");
        policy.Where(d => d.StartsWith("script-src", StringComparison.Ordinal)).Should().NotContain(d => d.Contains("unsafe", StringComparison.Ordinal));
    }
}
