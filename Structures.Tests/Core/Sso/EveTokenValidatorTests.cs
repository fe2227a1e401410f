using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Structures.Core.Sso;
using Structures.Dashboard.Simulation.Sso;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Sso;

public sealed class EveTokenValidatorTests : AppTest
{
    [Fact]
    public async Task ValidateAsync_GenuineToken_GivesTheCharacter()
    {
        var tokens = await Sso.SignInAsync(90000006, ["esi-characters.read_notifications.v1", "esi-assets.read_corporation_assets.v1"]);

        var result = await Validator().ValidateAsync(tokens.AccessToken, default);

        result.Error.Should().BeNull();
        result.Identity!.CharacterId.Should().Be(90000006);
        result.Identity.Name.Should().Be("Bad Dude");
        result.Identity.OwnerHash.Should().NotBeNullOrEmpty();
        result.Identity.Scopes.Should().BeEquivalentTo("esi-characters.read_notifications.v1", "esi-assets.read_corporation_assets.v1");
    }

    [Fact]
    public async Task ValidateAsync_IssuerWithScheme_IsAccepted()
    {
        Factory.Get<SimTokenService>().IssueWithScheme = true;
        var tokens = await Sso.SignInAsync(90000001);

        var result = await Validator().ValidateAsync(tokens.AccessToken, default);

        result.IsValid.Should().BeTrue(result.Error);
    }

    [Fact]
    public async Task ValidateAsync_TamperedPayload_IsRejected()
    {
        var tokens = await Sso.SignInAsync(90000001);
        var parts = tokens.AccessToken.Split('.');
        var payload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]).Replace("Bruce Wayne", "Bad Dude", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        var result = await Validator().ValidateAsync(tampered, default);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Be("The token's signature is not valid.");
    }

    [Fact]
    public async Task ValidateAsync_TokenForAnotherApplication_IsRejected()
    {
        var token = Factory.Get<SimTokenService>().IssueAccessToken(new SimGrant(90000001, [], "another-app"));

        var result = await Validator().ValidateAsync(token, default);

        result.Error.Should().Be("The token was issued to another application.");
    }

    [Fact]
    public async Task ValidateAsync_ExpiredToken_IsRejected()
    {
        var tokens = await Sso.SignInAsync(90000001);
        var later = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddMinutes(25));

        var result = await Validator(later).ValidateAsync(tokens.AccessToken, default);

        result.Error.Should().Be("The token has expired.");
    }

    [Fact]
    public async Task ValidateAsync_Garbage_IsRejectedWithoutThrowing()
    {
        var result = await Validator().ValidateAsync("not-a-jwt", default);

        result.IsValid.Should().BeFalse();
        result.Error.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("login.eveonline.com")]
    [InlineData("https://login.eveonline.com")]
    [InlineData("https://login.eveonline.com/")]
    public void IssuerForms_AcceptsEveIssuerInEveryForm(string configured)
    {
        EveTokenValidator.IssuerForms(configured).Should().Contain(["login.eveonline.com", "https://login.eveonline.com", "https://login.eveonline.com/"]);
    }

    private EveTokenValidator Validator(TimeProvider? clock = null) => clock is null
        ? Factory.Get<EveTokenValidator>()
        : new EveTokenValidator(Factory.Get<IOptions<EveOptions>>(), Factory.Get<IHttpClientFactory>(), clock);
}
