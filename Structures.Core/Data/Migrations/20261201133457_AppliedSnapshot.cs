using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Structures.Core.Data.Migrations
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
                type: "TEXT",
                maxLength: 64,
                nullable: true);
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
