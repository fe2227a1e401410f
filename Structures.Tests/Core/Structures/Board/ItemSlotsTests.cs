using Structures.Core.Structures.Board;

namespace Structures.Tests.Core.Structures.Board;

public sealed class ItemSlotsTests
{
    [Theory]
    [InlineData("HiSlot0", "High slot 1")]
    [InlineData("HiSlot7", "High slot 8")]
    [InlineData("MedSlot2", "Mid slot 3")]
    [InlineData("LoSlot0", "Low slot 1")]
    [InlineData("RigSlot1", "Rig slot 2")]
    [InlineData("ServiceSlot4", "Service slot 5")]
    [InlineData("FighterTube0", "Fighter tube 1")]
    [InlineData("QuantumCoreRoom", "Quantum core")]
    [InlineData("StructureFuel", "Fuel bay")]
    [InlineData("FighterBay", "Fighter bay")]
    [InlineData("MoonMaterialBay", "Moon material bay")]
    [InlineData("Cargo", "Cargo")]
    [InlineData("CorpSAG3", "Corporation hangar 3")]
    [InlineData("SpecializedAmmoHold", "Specialized ammo hold")]
    [InlineData("HiSlotX", "Hi slot x")]
    public void Of_NamesTheSlotAsTheFittingWindowDoes(string flag, string name)
    {
        ItemSlots.Of(flag).Name.Should().Be(name);
    }

    [Fact]
    public void Of_OrdersHighMidLowRigServiceThenCoreFuelAndCargo()
    {
        string[] flags = ["Cargo", "StructureFuel", "QuantumCoreRoom", "ServiceSlot0", "RigSlot0", "LoSlot1", "LoSlot0", "MedSlot0", "HiSlot1", "HiSlot0", "Unknown"];

        var ordered = flags.Select(ItemSlots.Of).OrderBy(s => s.Group).ThenBy(s => s.Index).Select(s => s.Name);

        ordered.Should().Equal("High slot 1", "High slot 2", "Mid slot 1", "Low slot 1", "Low slot 2", "Rig slot 1", "Service slot 1",
            "Quantum core", "Fuel bay", "Cargo", "Unknown");
    }
}
