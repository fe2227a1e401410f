using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Structures.Core.Esi;

// One answer of ESI's as the cache keeps it. The body is held compressed: a coalition's assets and structure lists are
// tens of megabytes of JSON, and held whole each would sit in the large object heap, which only a full collection
// frees and none compacts. Characters is the body's length as text, which the cache's bound counts.
public sealed record EsiCachedResponse(string? ETag, DateTime ExpiresAt, DateTime? LastModified, int Pages)
{
    // Brotli's fastest quality over its default window, in one call: written through a stream in a stream writer's
    // small pieces, the same answers took four times the CPU and compressed to twice the size.
    private const int Quality = 1;
    private const int Window = 22;

    private readonly byte[] _compressed = [];
    private readonly int _bytes;

    public EsiCachedResponse(ReadOnlySpan<byte> utf8Body, string? etag, DateTime expiresAt, DateTime? lastModified, int pages)
        : this(etag, expiresAt, lastModified, pages)
    {
        Characters = Encoding.UTF8.GetCharCount(utf8Body);
        _bytes = utf8Body.Length;
        var compressed = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(Math.Max(1, _bytes)));
        try
        {
            if (!BrotliEncoder.TryCompress(utf8Body, compressed, out var written, Quality, Window))
            {
                throw new InvalidOperationException("An ESI answer did not fit its compression buffer.");
            }

            _compressed = compressed.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compressed);
        }
    }

    public int Characters { get; }

    public int CompressedBytes => _compressed.Length;

    // The body as ESI sent it, in a borrowed buffer the caller gives back.
    internal EsiBody Decompress()
    {
        var body = EsiBody.Borrow(_bytes, out var fill);
        if (!BrotliDecoder.TryDecompress(_compressed, fill, out var written) || written != _bytes)
        {
            body.Dispose();
            throw new InvalidDataException("A cached ESI answer did not decompress to its length.");
        }

        return body;
    }
}
