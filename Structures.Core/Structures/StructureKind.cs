namespace Structures.Core.Structures;

public enum StructureKind
{
    Upwell,
    JumpGate,
    MoonDrill,
    CustomsOffice,
    Starbase,
    Skyhook,
}
