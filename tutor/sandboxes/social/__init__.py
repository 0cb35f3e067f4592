"""The practice social network: news, likes, comments, friends, privacy, report and block."""
