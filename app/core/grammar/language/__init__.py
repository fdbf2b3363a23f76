"""The language layer under our rules: tokens, morphology, dependency trees and named entities."""

from app.core.grammar.language.syntax import Analysis, Analyzer, Entity, Sentence, Token, analyse, analyzer

__all__ = ["Analysis", "Analyzer", "Entity", "Sentence", "Token", "analyse", "analyzer"]
