using Structures.Core.Webhooks;

namespace Structures.Tests.Core.Webhooks;

public sealed class WebhookDispatchLeaseValidatorTests
{
    [Theory]
    [InlineData(30, 15, true)]
    [InlineData(15, 15, false)]
    [InlineData(10, 15, false)]
    public void Validate_LeaseDuration_MustOutlastOnePost(int leaseSeconds, int timeoutSeconds, bool valid)
    {
        var options = new WebhookOptions { LeaseDuration = TimeSpan.FromSeconds(leaseSeconds), Timeout = TimeSpan.FromSeconds(timeoutSeconds) };

        var result = new WebhookDispatchLeaseValidator().Validate(null, options);

        result.Succeeded.Should().Be(valid);
        if (!valid)
        {
            result.FailureMessage.Should().Contain("Webhooks:LeaseDuration").And.Contain("Webhooks:Timeout");
        }
    }
}
