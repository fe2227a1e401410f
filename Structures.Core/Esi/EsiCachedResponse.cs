using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Structures.Core.Esi;

// One answer of ESI's as the cache keeps it. The body is held compressed: a coalition's assets and structure lists are
// tens of megabytes of JSON, and as strings above 85 kB each would sit in the large object heap, which only a full
// collection frees and none compacts. Characters is the body's length as text, which the cache's bound counts.
public sealed record EsiCachedResponse(string? ETag, DateTime ExpiresAt, DateTime? LastModified, int Pages)
{
    // Brotli's fastest quality over its default window, in one call: written through a stream in the stream writer's
    // small pieces, the same answers took four times the CPU and compressed to twice the size.
    private const int Quality = 1;
    private const int Window = 22;

    private readonly byte[] _compressed = [];
    private readonly int _bytes;

    public EsiCachedResponse(string body, string? etag, DateTime expiresAt, DateTime? lastModified, int pages)
        : this(etag, expiresAt, lastModified, pages)
    {
        Characters = body.Length;
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(body.Length));
        var compressed = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(utf8.Length));
        try
        {
            _bytes = Encoding.UTF8.GetBytes(body, utf8);
            if (!BrotliEncoder.TryCompress(utf8.AsSpan(0, _bytes), compressed, out var written, Quality, Window))
            {
                throw new InvalidOperationException("An ESI answer did not fit its compression buffer.");
            }

            _compressed = compressed.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compressed);
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    public int Characters { get; }

    public string Body
    {
        get
        {
            var utf8 = ArrayPool<byte>.Shared.Rent(Math.Max(1, _bytes));
            try
            {
                if (!BrotliDecoder.TryDecompress(_compressed, utf8, out var written) || written != _bytes)
                {
                    throw new InvalidDataException("A cached ESI answer did not decompress to its length.");
                }

                return Encoding.UTF8.GetString(utf8, 0, written);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(utf8);
            }
        }
    }

    public int CompressedBytes => _compressed.Length;
}
