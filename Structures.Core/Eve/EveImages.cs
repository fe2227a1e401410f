using System.Globalization;
using Microsoft.Extensions.Options;
using Structures.Core.Sso;

namespace Structures.Core.Eve;

// URLs on EVE's image server (https://developers.eveonline.com/docs/services/image-server/).
public sealed class EveImages(IOptions<EveOptions> options)
{
    private string Base => options.Value.ImageBaseUrl.TrimEnd('/');

    public string CharacterPortrait(long characterId, int size = 64) =>
        string.Create(CultureInfo.InvariantCulture, $"{Base}/characters/{characterId}/portrait?size={size}");

    public string CorporationLogo(long corporationId, int size = 64) =>
        string.Create(CultureInfo.InvariantCulture, $"{Base}/corporations/{corporationId}/logo?size={size}");

    public string AllianceLogo(long allianceId, int size = 64) =>
        string.Create(CultureInfo.InvariantCulture, $"{Base}/alliances/{allianceId}/logo?size={size}");

    public string TypeIcon(long typeId, int size = 64) =>
        string.Create(CultureInfo.InvariantCulture, $"{Base}/types/{typeId}/icon?size={size}");
}
