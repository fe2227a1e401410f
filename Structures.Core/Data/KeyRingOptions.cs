using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Data;

// Where ASP.NET Core Data Protection keeps the keys that encrypt refresh tokens: in a folder outside the database,
// so that a copy of the database alone cannot be decrypted. A certificate can encrypt the keys at rest as well.
public sealed class KeyRingOptions
{
    public const string SectionName = "DataProtection";

    [Required]
    public string KeysPath { get; set; } = "keys";

    // A PFX file; empty leaves the key files unencrypted (protect the folder then).
    public string CertificatePath { get; set; } = "";

    public string CertificatePassword { get; set; } = "";
}
