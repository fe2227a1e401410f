namespace Structures.Core.Timers.Announcements;

// The notification types that make or announce timers of a category (TimerExtractor, and the reinforced starbase
// alert): a webhook that forwards any of them takes its owners' timers of that category.
public static class TimerCategoryTypes
{
    public static IReadOnlyList<string> Of(TimerCategory category) => category switch
    {
        TimerCategory.Upwell => ["StructureLostShields", "StructureLostArmor", "StructureImpendingAbandonmentAssetsAtRisk", "StructureAnchoring"],
        TimerCategory.Sovereignty => ["SovStructureReinforced", "SovStructureSelfDestructRequested"],
        TimerCategory.CustomsOffice => ["OrbitalReinforced"],
        TimerCategory.Skyhook => ["SkyhookLostShields"],
        TimerCategory.Starbase => ["TowerReinforcedExtra", "TowerAlertMsg"],
        TimerCategory.MoonMining => ["MoonminingExtractionStarted"],
        TimerCategory.MercenaryDen => ["MercenaryDenReinforced"],
        _ => [],
    };
}
