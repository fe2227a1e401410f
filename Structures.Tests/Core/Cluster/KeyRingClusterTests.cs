using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.KeyManagement.Internal;
using Microsoft.EntityFrameworkCore;
using Structures.Core.Structures;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Cluster;

// Two instances on one key ring: what one signs or encrypts (the sign-in cookie, a form's antiforgery token, an
// owner's stored refresh token) the other opens.
public sealed partial class KeyRingClusterTests
{
    [Fact]
    public async Task SharedKeysFolder_CookieFormTokenAndRefreshTokenFromA_WorkOnB()
    {
        var folder = Directory.CreateTempSubdirectory("structures-shared-keys-").FullName;
        await using (var hosts = new TwoHosts(new Dictionary<string, string?> { ["DataProtection:KeysPath"] = folder }))
        {
            await SignInOnA_IsHonouredOnB(hosts);
            Directory.EnumerateFiles(folder, "key-*.xml").Should().ContainSingle("both instances use the one key in the shared folder");
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task DatabaseKeyStore_WithACertificate_CookieFormTokenAndRefreshTokenFromA_WorkOnB()
    {
        var certificate = TestCertificate();
        await using (var hosts = new TwoHosts(new Dictionary<string, string?>
        {
            ["DataProtection:Store"] = "Database",
            ["DataProtection:CertificatePath"] = certificate,
            ["DataProtection:KeysPath"] = "no-such-folder-is-used",
        }))
        {
            await SignInOnA_IsHonouredOnB(hosts);
            await using var db = await hosts.DbAsync();
            var keys = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();
            keys.Should().ContainSingle().Which.Should().Contain("encryptedSecret", "the key is kept encrypted with the certificate")
                .And.NotContain("<masterKey", "a copy of the database alone must not open the tokens");
            foreach (var host in hosts.Both)
            {
                Directory.Exists(host.KeysPath).Should().BeFalse("no key is written to a folder");
            }
        }

        File.Delete(certificate);
    }

    // Two instances started at once on an empty key store can each make a key before seeing the other's. Each then
    // signs with its own: an instance whose ring was read before the other's key existed must read the store again
    // when it meets that key.
    [Fact]
    public async Task SharedKeysFolder_AKeyMadeAfterBReadTheRing_IsFoundByB()
    {
        var folder = Directory.CreateTempSubdirectory("structures-shared-keys-").FullName;
        await using (var hosts = new TwoHosts(new Dictionary<string, string?> { ["DataProtection:KeysPath"] = folder }))
        {
            await AKeyBHasNotSeen_OpensOnB_AsDoesASignInOnA(hosts);
            Directory.EnumerateFiles(folder, "key-*.xml").Should().HaveCount(2);
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task DatabaseKeyStore_AKeyMadeAfterBReadTheRing_IsFoundByB()
    {
        var certificate = TestCertificate();
        await using (var hosts = new TwoHosts(new Dictionary<string, string?>
        {
            ["DataProtection:Store"] = "Database",
            ["DataProtection:CertificatePath"] = certificate,
            ["DataProtection:KeysPath"] = "no-such-folder-is-used",
        }))
        {
            await AKeyBHasNotSeen_OpensOnB_AsDoesASignInOnA(hosts);
            await using var db = await hosts.DbAsync();
            (await db.DataProtectionKeys.CountAsync()).Should().Be(2);
        }

        File.Delete(certificate);
    }

    // B has read the ring; a key is then made, and an instance that reads the ring after (C) signs with it.
    private static async Task AKeyBHasNotSeen_OpensOnB_AsDoesASignInOnA(TwoHosts hosts)
    {
        var onB = hosts.B.Get<IDataProtectionProvider>().CreateProtector("key ring test");
        var before = onB.Unprotect(onB.Protect("B reads its ring"));
        var now = TimeProvider.System.GetUtcNow();
        var made = hosts.A.Get<IKeyManager>().CreateNewKey(activationDate: now, expirationDate: now.AddDays(90));
        await using var later = hosts.Another();
        var onC = later.Get<IDataProtectionProvider>().CreateProtector("key ring test").Protect("made with the new key");
        var seenByB = hosts.B.Get<IKeyRingProvider>().GetCurrentKeyRing().GetAuthenticatedEncryptorByKeyId(made.KeyId, out _);

        before.Should().Be("B reads its ring");
        seenByB.Should().BeNull("B read its ring before the key was made");
        later.Get<IKeyRingProvider>().GetCurrentKeyRing().DefaultKeyId.Should().Be(made.KeyId, "an instance started after signs with the newest key");
        onB.Unprotect(onC).Should().Be("made with the new key", "B reads the store again for a key it has not seen");
        await SignInOnA_IsHonouredOnB(hosts);
    }

    private static async Task SignInOnA_IsHonouredOnB(TwoHosts hosts)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(hosts.A.BaseUrl) };
        await AppTest.SsoRoundTripAsync(browser, "/auth/login?returnUrl=/", 90000001);
        var pageOnA = await browser.GetStringAsync("/");
        var formToken = WebUtility.HtmlDecode(FormToken().Match(pageOnA).Groups[1].Value);
        await hosts.AddOwnerAsync(90000001);

        using var boardOnB = await browser.GetAsync($"{hosts.B.BaseUrl}/structures");
        using var formOnB = await browser.PostAsync($"{hosts.B.BaseUrl}/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = "de",
            ["returnUrl"] = "/structures",
            ["__RequestVerificationToken"] = formToken,
        }));
        var syncOnB = await hosts.B.Get<StructureSynchronizer>().SyncAsync(98000001, default);

        boardOnB.StatusCode.Should().Be(HttpStatusCode.OK, "A's sign-in cookie opens a signed-in page on B");
        (await boardOnB.Content.ReadAsStringAsync()).Should().Contain("action=\"/auth/logout\"", "the page is rendered for the signed-in user");
        formOnB.StatusCode.Should().Be(HttpStatusCode.Redirect, "a form rendered on A is accepted by B");
        formOnB.Headers.Location!.ToString().Should().Be("/structures");
        syncOnB.Complete.Should().BeTrue($"B opens the refresh token A stored: {syncOnB.Error}");
        syncOnB.StructureCount.Should().BePositive();
    }

    // A self-signed certificate in a PFX file, as an operator would give DataProtection:CertificatePath.
    private static string TestCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Structures key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = TimeProvider.System.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"structures-keyring-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, ""));
        return path;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
