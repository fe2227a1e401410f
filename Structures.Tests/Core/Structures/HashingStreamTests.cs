using System.Security.Cryptography;
using System.Text.Json;
using Structures.Core.Structures;

namespace Structures.Tests.Core.Structures;

public sealed class HashingStreamTests
{
    // A fingerprint hashed as it is written is the hash of the whole JSON: installs keep the fingerprints they stored.
    [Fact]
    public void Hash_OfJsonWrittenThroughIt_IsTheHashOfTheWholeJson()
    {
        var value = Enumerable.Range(0, 20_000).Select(i => new { Id = 1_030_000_000_000L + i, Name = $"Крепость {i}", Flag = "ServiceSlot0" }).ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        using (var stream = new HashingStream(hash))
        {
            JsonSerializer.Serialize(stream, value);
        }

        hash.GetHashAndReset().Should().Equal(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value)));
    }
}
