using Structures.Core.Esi;
using Structures.Core.Esi.Models;
using Structures.Core.Owners;

namespace Structures.Tests.Core.Owners;

public sealed class DirectorRoleTests
{
    [Theory]
    [InlineData(EsiOutcome.Forbidden)]
    [InlineData(EsiOutcome.Unauthorized)]
    [InlineData(EsiOutcome.Unavailable)]
    [InlineData(EsiOutcome.ErrorLimited)]
    [InlineData(EsiOutcome.RateLimited)]
    [InlineData(EsiOutcome.Malformed)]
    [InlineData(EsiOutcome.NotFound)]
    public void Check_WhenTheLookupFailed_ConfirmsNothing(EsiOutcome outcome)
    {
        var failed = EsiResult<EsiRoles>.Failure(outcome, "no answer");

        DirectorRole.Check(failed).Should().Be(DirectorCheck.Unconfirmed);
    }

    [Fact]
    public void Check_ReadsTheRolesThatArrived()
    {
        DirectorRole.Check(new EsiResult<EsiRoles>(new EsiRoles(["Station_Manager", "Director"]), EsiOutcome.Ok)).Should().Be(DirectorCheck.Confirmed);
        DirectorRole.Check(new EsiResult<EsiRoles>(new EsiRoles(["Director"]), EsiOutcome.NotModified)).Should().Be(DirectorCheck.Confirmed);
        DirectorRole.Check(new EsiResult<EsiRoles>(new EsiRoles(["Station_Manager"]), EsiOutcome.Ok)).Should().Be(DirectorCheck.NotDirector);
        DirectorRole.Check(new EsiResult<EsiRoles>(new EsiRoles(null), EsiOutcome.Ok)).Should().Be(DirectorCheck.NotDirector);
        DirectorRole.Check(new EsiResult<EsiRoles>(new EsiRoles(["director"]), EsiOutcome.Ok)).Should().Be(DirectorCheck.NotDirector);
        DirectorRole.Check(new EsiResult<EsiRoles>(null, EsiOutcome.Ok)).Should().Be(DirectorCheck.Unconfirmed);
    }
}
