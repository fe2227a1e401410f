using Structures.Core.Data;

namespace Structures.Tests.Core.Data;

public sealed class DatabaseMarkTests
{
    [Theory]
    [InlineData(DatabaseMark.Unmarked, false, false)]
    [InlineData(DatabaseMark.RealMark, false, false)]
    [InlineData(DatabaseMark.Unmarked, false, true)]
    [InlineData(DatabaseMark.DemoMark, false, true)]
    public void Refusal_OfADatabaseOfTheSameKindOrUnmarked_IsNone(int mark, bool hasDemoGrants, bool demo)
    {
        DatabaseMark.Refusal(mark, hasDemoGrants, new DatabasePurpose(demo), "data/x.db").Should().BeNull();
    }

    [Theory]
    [InlineData(DatabaseMark.DemoMark, false, false, "is a demo database")]
    [InlineData(DatabaseMark.Unmarked, true, false, "was written by the demo")]
    [InlineData(DatabaseMark.RealMark, false, true, "belongs to a real install")]
    [InlineData(12345, false, false, "is not a Structures database")]
    public void Refusal_OfADatabaseOfTheOtherKind_SaysWhatItIs(int mark, bool hasDemoGrants, bool demo, string reason)
    {
        DatabaseMark.Refusal(mark, hasDemoGrants, new DatabasePurpose(demo), "data/x.db").Should().StartWith("data/x.db").And.Contain(reason);
    }

    [Fact]
    public void For_EachPurpose_IsItsOwnMark()
    {
        DatabaseMark.For(DatabasePurpose.Demo).Should().Be(DatabaseMark.DemoMark).And.NotBe(DatabaseMark.For(DatabasePurpose.Real));
    }
}
