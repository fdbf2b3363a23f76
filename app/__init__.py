"""Тренажёр оператора чата: an offline trainer for chat-support operators."""

__version__ = "0.1.0"
