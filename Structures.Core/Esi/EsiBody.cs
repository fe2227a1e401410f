using System.Buffers;

namespace Structures.Core.Esi;

// An answer's body as ESI sends it, UTF-8, in a buffer borrowed from the shared pool and given back once the answer has
// been read. A coalition's asset pages and structure lists run to hundreds of kilobytes each: as strings (twice the
// bytes) every one of them was a new object in the large object heap, whose allocations start full collections.
internal sealed class EsiBody : IDisposable
{
    private byte[]? _buffer;

    private EsiBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => (_buffer ?? throw new ObjectDisposedException(nameof(EsiBody))).AsSpan(0, Length);

    public static async Task<EsiBody> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = ArrayPool<byte>.Shared.Rent(stream.CanSeek ? (int)Math.Max(1, stream.Length) : 16 * 1024);
        var length = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return new EsiBody(buffer, length);
    }

    // A buffer of the given length for the caller to fill (a cached answer decompressed into it).
    public static EsiBody Borrow(int length, out Span<byte> fill)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
        fill = buffer.AsSpan(0, length);
        return new EsiBody(buffer, length);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
