using System.Text;
using Structures.Core.Esi;

namespace Structures.Tests.Core.Esi;

public sealed class EsiBodyTests
{
    [Fact]
    public async Task ReadAsync_OfAnAnswerOfUnknownLength_LongerThanItsFirstBuffer_ReadsItWhole()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{i},Крепость,")) + "城塞";
        using var content = new StreamContent(new OneWayStream(Encoding.UTF8.GetBytes(text)));

        using var body = await EsiBody.ReadAsync(content, CancellationToken.None);

        Encoding.UTF8.GetString(body.Span).Should().Be(text);
        body.Length.Should().Be(Encoding.UTF8.GetByteCount(text));
    }

    [Fact]
    public async Task ReadAsync_OfAnEmptyAnswer_IsEmpty()
    {
        using var content = new ByteArrayContent([]);

        using var body = await EsiBody.ReadAsync(content, CancellationToken.None);

        body.Length.Should().Be(0);
    }

    [Fact]
    public async Task Span_OnceGivenBack_IsRefused()
    {
        using var content = new StringContent("[1]");
        var body = await EsiBody.ReadAsync(content, CancellationToken.None);

        body.Dispose();
        body.Dispose();

        body.Invoking(b => b.Span.Length).Should().Throw<ObjectDisposedException>();
    }

    // A network stream's shape: no length, no seeking, short reads.
    private sealed class OneWayStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 1000), bytes.Length - _position);
            bytes.AsSpan(_position, n).CopyTo(buffer.AsSpan(offset));
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
