using Structures.Core.Webhooks;

namespace Structures.Tests.Core.Webhooks;

public sealed class ReminderLeadTimesTests
{
    [Theory]
    [InlineData("60, 15", new[] { 60, 15 })]
    [InlineData("15,60", new[] { 60, 15 })]
    [InlineData("2h 30m 1d", new[] { 1440, 120, 30 })]
    [InlineData("1, 10080", new[] { 10080, 1 })]
    [InlineData("15, 15", new[] { 15 })]
    [InlineData("", new int[0])]
    public void Parse_ValidList_GivesLeadsLongestFirst(string text, int[] minutes)
    {
        var (leads, problem) = ReminderLeadTimes.Parse(text);

        problem.Should().BeNull();
        leads.Select(l => (int)l.TotalMinutes).Should().Equal(minutes);
    }

    [Theory]
    [InlineData("0", "out of range")]
    [InlineData("10081", "out of range")]
    [InlineData("8d", "out of range")]
    [InlineData("15, soon", "\"soon\" is not a lead time")]
    [InlineData("-5", "is not a lead time")]
    [InlineData("5w", "is not a lead time")]
    [InlineData("1,2,3,4,5,6", "At most 5")]
    public void Parse_BadList_SaysWhatIsWrong(string text, string problem)
    {
        var parsed = ReminderLeadTimes.Parse(text);

        parsed.Problem.Should().Contain(problem);
        parsed.Leads.Should().BeEmpty();
    }

    [Fact]
    public void Write_StoresMinutesLongestFirst_AndReadsBack()
    {
        var stored = ReminderLeadTimes.Write(ReminderLeadTimes.Read("15, 2h"));

        stored.Should().Be("120,15");
        ReminderLeadTimes.Read(stored).Should().Equal(TimeSpan.FromHours(2), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public void WebhookForm_WithBadLeadTimes_IsRefusedByTheSameRule()
    {
        var form = new WebhookForm { Name = "Ops", Url = "https://discord.com/api/webhooks/1/abc", ReminderLeadTimes = "90000" };

        global::Structures.Core.Access.FormValidation.FirstError(form).Should().Contain("\"90000\" is out of range");
    }
}
