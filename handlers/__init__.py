"""What happens to a post or a command once it arrives: Telegram events, files, feeds."""
