using System.ComponentModel.DataAnnotations;

namespace Structures.Dashboard.Auth;

// How long a sign-in lasts and how soon a session notices a change. Permissions are read afresh at every action
// anyway; RecheckInterval bounds how long an open page keeps showing what its user may no longer do, and how long a
// character's owner hash is cached.
public sealed class SessionOptions
{
    public const string Section = "Sessions";

    // Sliding: each visit in the second half of it starts it again, so a daily user signs in about once a week.
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00", ErrorMessage = "Sessions:Lifetime must be between 5 minutes and 30 days.")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(7);

    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00", ErrorMessage = "Sessions:RecheckInterval must be more than zero and at most 10 minutes.")]
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
