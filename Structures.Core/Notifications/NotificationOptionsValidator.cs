using Microsoft.Extensions.Options;

namespace Structures.Core.Notifications;

[OptionsValidator]
internal sealed partial class NotificationOptionsValidator : IValidateOptions<NotificationOptions>;
