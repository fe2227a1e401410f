using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Structures.Core.Sso;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Cluster;

// Two instances on one PostgreSQL database spend a sync character's rotating refresh token once between them.
public sealed class EveTokenRefresherClusterTests
{
    [Fact]
    public async Task GetAccessToken_AskedOnBothInstancesAtOnce_RefreshesOnce_AndBothUseThatToken()
    {
        var refreshes = new RefreshCount();
        var keys = Directory.CreateTempSubdirectory("structures-keys-").FullName;
        await using var hosts = new TwoHosts(
            new Dictionary<string, string?> { ["Structures:Scheduling:Enabled"] = "false", ["DataProtection:KeysPath"] = keys },
            services: s => s.AddHttpClient(EveTokenValidator.HttpClientName).AddHttpMessageHandler(() => new RefreshCounter(refreshes)));
        (await hosts.AddOwnerAsync(90000001)).Succeeded.Should().BeTrue();
        await using var db = await hosts.DbAsync();
        var character = await db.OwnerCharacters.AsNoTracking().SingleAsync();
        var before = refreshes.Value;

        var asks = hosts.Both.SelectMany(host => Enumerable.Range(0, 10).Select(_ =>
            Task.Run(() => host.Get<EveTokenRefresher>().GetAccessTokenAsync(character, EveScopes.RequiredForSync, default))));
        var answers = await Task.WhenAll(asks);

        refreshes.Value.Should().Be(before + 1, "the instance that waited found the token the other stored");
        answers.Should().OnlyContain(a => a.AccessToken != null && !a.IsDead, string.Join("; ", answers.Select(a => a.Error)));
        answers.Select(a => a.AccessToken).Distinct().Should().ContainSingle("both instances use the one token EVE gave");
        var stored = await db.OwnerCharacters.AsNoTracking().SingleAsync();
        stored.AccessTokenExpiresAt.Should().BeAfter(TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(10));
        stored.ProtectedAccessToken.Should().NotBe(answers[0].AccessToken, "the stored access token is encrypted");
    }

    private sealed class RefreshCount
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public void Add() => Interlocked.Increment(ref _value);
    }

    // Counts the refresh grants the instances send to EVE SSO.
    private sealed class RefreshCounter(RefreshCount count) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is { } content && (await content.ReadAsStringAsync(cancellationToken)).Contains("grant_type=refresh_token", StringComparison.Ordinal))
            {
                count.Add();
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
