using System.IO.Compression;
using System.Text;

namespace Structures.Core.Esi;

// One answer of ESI's as the cache keeps it. The body is held compressed: a coalition's assets and structure lists are
// tens of megabytes of JSON, and as strings above 85 kB each would sit in the large object heap, which only a full
// collection frees and none compacts. Characters is the body's length as text, which the cache's bound counts.
public sealed record EsiCachedResponse(string? ETag, DateTime ExpiresAt, DateTime? LastModified, int Pages)
{
    private readonly byte[] _compressed = [];

    public EsiCachedResponse(string body, string? etag, DateTime expiresAt, DateTime? lastModified, int pages)
        : this(etag, expiresAt, lastModified, pages)
    {
        _compressed = Compress(body);
        Characters = body.Length;
    }

    public int Characters { get; }

    public string Body
    {
        get
        {
            using var reader = new StreamReader(new BrotliStream(new MemoryStream(_compressed), CompressionMode.Decompress), Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }

    private static byte[] Compress(string body)
    {
        using var compressed = new MemoryStream();
        using (var writer = new StreamWriter(new BrotliStream(compressed, CompressionLevel.Fastest), new UTF8Encoding(false)))
        {
            writer.Write(body);
        }

        return compressed.ToArray();
    }
}
