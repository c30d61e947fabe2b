using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewPractice.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RoomAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "Rooms",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "RoomInvites",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Rooms_CreatedBy",
                table: "Rooms",
                column: "CreatedBy");

            migrationBuilder.CreateIndex(
                name: "IX_RoomInvites_UserId",
                table: "RoomInvites",
                column: "UserId");

            migrationBuilder.AddForeignKey(
                name: "FK_RoomInvites_AspNetUsers_UserId",
                table: "RoomInvites",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Rooms_AspNetUsers_CreatedBy",
                table: "Rooms",
                column: "CreatedBy",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_RoomInvites_AspNetUsers_UserId",
                table: "RoomInvites");

            migrationBuilder.DropForeignKey(
                name: "FK_Rooms_AspNetUsers_CreatedBy",
                table: "Rooms");

            migrationBuilder.DropIndex(
                name: "IX_Rooms_CreatedBy",
                table: "Rooms");

            migrationBuilder.DropIndex(
                name: "IX_RoomInvites_UserId",
                table: "RoomInvites");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "Rooms");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "RoomInvites");
        }
    }
}
