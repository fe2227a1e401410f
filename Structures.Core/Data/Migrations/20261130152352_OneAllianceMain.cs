using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Structures.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class OneAllianceMain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Before one main per alliance was enforced, an alliance could have several: the oldest corporation ID keeps it.
            migrationBuilder.Sql(
                "UPDATE \"Owners\" SET \"IsAllianceMain\" = 0 WHERE \"IsAllianceMain\" AND \"CorporationId\" NOT IN "
                + "(SELECT MIN(\"CorporationId\") FROM \"Owners\" WHERE \"IsAllianceMain\" AND \"AllianceId\" IS NOT NULL GROUP BY \"AllianceId\")");
            migrationBuilder.CreateIndex(
                name: "IX_Owners_AllianceMain",
                table: "Owners",
                column: "AllianceId",
                unique: true,
                filter: "\"IsAllianceMain\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Owners_AllianceMain",
                table: "Owners");
        }
    }
}
