"""Domain rules of the trainer. Nothing here may import Qt."""
