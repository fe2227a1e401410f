using System.ComponentModel.DataAnnotations;

namespace Structures.Core.Sso;

// Where EVE's SSO, ESI and image server live, and who this application is.
public sealed class EveOptions
{
    public const string SectionName = "Eve";

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    [Required, Url]
    public string SsoBaseUrl { get; set; } = "https://login.eveonline.com";

    [Required, Url]
    public string EsiBaseUrl { get; set; } = "https://esi.evetech.net";

    [Required, Url]
    public string ImageBaseUrl { get; set; } = "https://images.evetech.net";

    public bool UsePkce { get; set; } = true;

    [Required, RegularExpression(@"^\d{4}-\d{2}-\d{2}$", ErrorMessage = "The field CompatibilityDate must be a date like 2025-12-16.")]
    public string CompatibilityDate { get; set; } = "2025-12-16";

    [Required]
    public string Contact { get; set; } = "admin@example.com";

    // Set by the host when the demo runs (Simulation:Enabled) and the simulated EVE server stands in.
    public bool Demo { get; set; }

    public string MetadataUrl => $"{SsoBaseUrl.TrimEnd('/')}/.well-known/oauth-authorization-server";

    public string AuthorizationEndpoint => $"{SsoBaseUrl.TrimEnd('/')}/v2/oauth/authorize";

    public string TokenEndpoint => $"{SsoBaseUrl.TrimEnd('/')}/v2/oauth/token";

    public string RevocationEndpoint => $"{SsoBaseUrl.TrimEnd('/')}/v2/oauth/revoke";
}
