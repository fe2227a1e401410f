using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Structures.Core.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class AppliedSnapshot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AppliedSnapshot",
                table: "Owners",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                collation: "C");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AppliedSnapshot",
                table: "Owners");
        }
    }
}
