namespace Structures.Core.Structures.Fuel;

// How the fuel picture names each fuel, and what a total leaves out.
public static class FuelNames
{
    public static string Of(FuelKind fuel) => fuel switch
    {
        FuelKind.FuelBlocks => "Fuel blocks",
        FuelKind.MagmaticGas => "Magmatic gas",
        FuelKind.LiquidOzone => "Liquid ozone",
        FuelKind.StarbaseFuel => "Starbase fuel blocks",
        _ => fuel.ToString(),
    };

    // Liquid ozone goes with the mass jumped, which ESI does not tell, so only the stock is known.
    public static string Note(FuelTotal total) => total switch
    {
        { Fuel: FuelKind.LiquidOzone } => "Stock only: use depends on the mass jumped",
        { WithoutRate: > 0 } => $"{total.WithoutRate} without a known rate (fuel bay not read yet)",
        _ => "",
    };
}
