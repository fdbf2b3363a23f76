"""Replies with the mistakes operators make, checked the same way by every caller in these tests."""

TEXTS = ("Иван подскажите пожалуйста номер заказа.", "Ответ придёт в течении двух дней.",
         "Мы постараемся чтобы заказ пришёл вовремя. Я праверю его сегодня.")
