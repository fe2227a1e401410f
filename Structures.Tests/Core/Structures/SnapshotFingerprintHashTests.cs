using System.Security.Cryptography;
using System.Text.Json;
using Structures.Core.Esi;
using Structures.Core.Structures;

namespace Structures.Tests.Core.Structures;

public sealed class SnapshotFingerprintHashTests
{
    // A fingerprint hashed as it is written is the hash of the whole JSON: installs keep the fingerprints they stored.
    [Fact]
    public void HashOf_JsonWrittenThroughTheHash_IsTheHashOfTheWholeJson()
    {
        var value = Enumerable.Range(0, 20_000).Select(i => new { Id = 1_030_000_000_000L + i, Name = $"Крепость {i}", Flag = "ServiceSlot0" }).ToList();

        var hash = SnapshotFingerprint.HashOf(value);

        hash.Should().Be(Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, EsiClient.Json))));
    }
}
