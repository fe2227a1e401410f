using System.Globalization;
using Structures.Core.Esi;
using Structures.Core.Notifications.Rendering;
using Structures.Tests.Infrastructure;

namespace Structures.Tests.Core.Esi;

// Errors are stored in English as ESI, EVE SSO and the syncs word them, and read in the reader's language.
public sealed class ErrorTextTests
{
    private static string InFrench(string text) =>
        NotificationLanguage.Render(CultureInfo.GetCultureInfo("fr"), () => ErrorText.Translate(text, ResourceWords.For<ErrorWords>()));

    [Fact]
    public void Translate_AKnownError_ReadsInTheLanguage_WithWhatItNames()
    {
        InFrench("ESI answered HTTP 420: too many errors.").Should().Be("ESI a répondu HTTP 420 : too many errors.");
    }

    [Fact]
    public void Translate_ALabelledError_TranslatesTheLabelAndTheError()
    {
        InFrench("Upwell structures: ESI is not answering (HTTP ServiceUnavailable): EVE may be in its daily downtime.")
            .Should().Be("Structures Upwell : ESI ne répond pas (HTTP ServiceUnavailable) : EVE est peut-être en maintenance quotidienne.");
    }

    [Fact]
    public void Translate_KnownErrorsInsideALongerText_AreTranslatedInPlace()
    {
        InFrench("Starbases: ESI sent an empty answer. Then ESI gave no answer.")
            .Should().Be("Starbases : ESI a envoyé une réponse vide. Then ESI n'a donné aucune réponse.");
    }

    [Fact]
    public void Translate_AnUnknownText_StaysAsStored()
    {
        InFrench("Something nobody taught us.").Should().Be("Something nobody taught us.");
    }

    [Fact]
    public void Translate_InEnglish_GivesTheTextAsStored()
    {
        const string Stored = "No character can sync Wayne Technologies: Bruce Wayne: EVE SSO could not be reached.";

        var english = NotificationLanguage.Render(CultureInfo.InvariantCulture, () => ErrorText.Translate(Stored, ResourceWords.For<ErrorWords>()));

        english.Should().Be(Stored);
        InFrench(Stored).Should().Be("Aucun personnage ne peut synchroniser Wayne Technologies : Bruce Wayne: EVE SSO est injoignable.");
    }
}
