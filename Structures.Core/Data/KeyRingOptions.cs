using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Data;

// Where ASP.NET Core Data Protection keeps the keys that encrypt refresh tokens (and sign cookies and antiforgery
// tokens). In a folder outside the database (the default), so that a copy of the database alone cannot be decrypted;
// or in the database itself, for several instances without a shared folder, and then only encrypted with a
// certificate, for the same reason. A certificate can encrypt the key files at rest as well.
public sealed class KeyRingOptions : IValidatableObject
{
    public const string SectionName = "DataProtection";

    public KeyStore Store { get; set; } = KeyStore.Folder;

    [Required]
    public string KeysPath { get; set; } = "keys";

    // A PFX file; empty leaves the key files unencrypted (protect the folder then).
    public string CertificatePath { get; set; } = "";

    public string CertificatePassword { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Store == KeyStore.Database && string.IsNullOrWhiteSpace(CertificatePath))
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(Store)} {nameof(KeyStore.Database)} keeps the keys beside the tokens they encrypt, so it needs "
                + $"{SectionName}:{nameof(CertificatePath)} (a PFX certificate that encrypts the keys): without it a copy of the database alone would open every stored token",
                [nameof(Store), nameof(CertificatePath)]);
        }
    }
}

public enum KeyStore
{
    // Files in DataProtection:KeysPath; several instances share the folder (one volume).
    Folder,

    // The DataProtectionKeys table of the app's database, encrypted with DataProtection:CertificatePath.
    Database,
}
