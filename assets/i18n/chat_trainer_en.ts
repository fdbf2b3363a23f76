<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CourseScreen</name>
    <message>
        <location filename="../../app/ui/course_screen.py" line="21"/>
        <source>Урок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/course_screen.py" line="21"/>
        <source>Новые клавиши</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/course_screen.py" line="21"/>
        <source>Состояние</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/course_screen.py" line="22"/>
        <source>Лучший результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/course_screen.py" line="22"/>
        <source>Порог</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/course_screen.py" line="25"/>
        <source>Начать урок (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/course_screen.py" line="27"/>
        <source>Курс:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/course_screen.py" line="32"/>
        <source>Следующий урок открывается, когда пройден предыдущий.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/course_screen.py" line="80"/>
        <source>✓ пройден</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/course_screen.py" line="80"/>
        <source>открыт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/course_screen.py" line="81"/>
        <source>закрыт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/course_screen.py" line="107"/>
        <source>Клавиши</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/course_screen.py" line="107"/>
        <source>Слова</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/course_screen.py" line="107"/>
        <source>Фразы оператора</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomTextScreen</name>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="88"/>
        <source>Вставьте сюда текст для тренировки (Ctrl+V) или откройте файл .txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="92"/>
        <source>Открыть файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="93"/>
        <source>Начать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="99"/>
        <source>&lt;h2&gt;Свой текст&lt;/h2&gt;Переносы строк и табуляции станут пробелами. Знаки, которых нет на клавиатуре (эмодзи, иероглифы), будут названы — уберите их из текста.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="103"/>
        <source>Раскладка:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="117"/>
        <source>Текст для тренировки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="118"/>
        <source>Текстовые файлы (*.txt);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="125"/>
        <source>файл больше 1 МБ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="128"/>
        <source>Файл {path} не в кодировке UTF-8 (байт {pos}). Сохраните его как UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="132"/>
        <source>Не удалось открыть {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="146"/>
        <source>Свой текст</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillScreen</name>
    <message>
        <location filename="../../app/ui/drill_screen.py" line="46"/>
        <location filename="../../app/ui/drill_screen.py" line="92"/>
        <location filename="../../app/ui/drill_screen.py" line="167"/>
        <source>Пауза (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/drill_screen.py" line="47"/>
        <source>Заново (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/drill_screen.py" line="48"/>
        <source>Выйти</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/drill_screen.py" line="139"/>
        <source>Текст набран, но ошибки остались: сотрите их клавишей Backspace и наберите верно.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/drill_screen.py" line="141"/>
        <source>Ошибка: сотрите её клавишей Backspace и наберите верный знак.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/drill_screen.py" line="147"/>
        <source>Переключите раскладку на русскую: вы печатаете латиницей.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/drill_screen.py" line="148"/>
        <source>Переключите раскладку на английскую: здесь нужна латиница.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/drill_screen.py" line="170"/>
        <source>Пауза. Нажмите Esc, чтобы продолжить.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/drill_screen.py" line="171"/>
        <source>Продолжить (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/drill_screen.py" line="218"/>
        <source>Попытка не сохранена</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../app/ui/home_screen.py" line="22"/>
        <source>Новый профиль…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="23"/>
        <source>Переименовать…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="24"/>
        <source>Удалить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="26"/>
        <source>Профиль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="72"/>
        <source>&lt;h2&gt;Добро пожаловать!&lt;/h2&gt;Создайте профиль, чтобы тренажёр запоминал ваши результаты. Профилей может быть несколько: например, у каждого, кто готовится на этом компьютере.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="75"/>
        <source>Создать профиль и начать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="80"/>
        <source>&lt;h2&gt;Здравствуйте, {name}!&lt;/h2&gt;Что делать дальше:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="87"/>
        <source>{course}: курс пройден ({done} из {total}). Проверьте себя тестом на время.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="92"/>
        <source>{course}: урок «{lesson}» (пройдено {done} из {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="104"/>
        <source>Всего попыток: {count}. Последняя: {cpm:.0f} зн/мин, точность {acc:.1f} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="107"/>
        <source>Попыток пока нет — начните с первого урока.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="115"/>
        <source>Новый профиль</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="115"/>
        <source>Имя профиля:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="121"/>
        <source>Профиль не создан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="129"/>
        <source>Переименовать профиль</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="129"/>
        <source>Новое имя:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="136"/>
        <source>Профиль не переименован</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="146"/>
        <source>Удалить профиль?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/home_screen.py" line="147"/>
        <source>Удалить профиль «{name}» и все его результаты ({count} попыток)? Это нельзя отменить.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="26"/>
        <source>Тренажёр оператора чата</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="37"/>
        <source>Загрузка…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="47"/>
        <source>Главная</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="47"/>
        <source>Курсы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="47"/>
        <source>Тест на время</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="47"/>
        <source>Свой текст</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="48"/>
        <source>Пакеты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="48"/>
        <source>Настройки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>{done} из {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacksScreen</name>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="85"/>
        <source>Пакет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="85"/>
        <source>Версия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="85"/>
        <source>Авторы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="85"/>
        <source>Упражнения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="86"/>
        <source>Откуда</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="86"/>
        <source>Хеш</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="86"/>
        <source>Пройдено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="96"/>
        <source>Установить или обновить из файла…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="98"/>
        <source>Удалить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="104"/>
        <source>Перетащите сюда файл .ctpack, чтобы установить пакет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/packs_screen.py" line="131"/>
        <source>печать: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/packs_screen.py" line="132"/>
        <source>грамматика: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/packs_screen.py" line="133"/>
        <source>переписка: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/packs_screen.py" line="134"/>
        <source>тесты: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="138"/>
        <source>нет упражнений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="139"/>
        <source>встроенный</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="139"/>
        <source>установлен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="149"/>
        <source>Не удалось прочитать:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="165"/>
        <source>Встроенные пакеты удалить нельзя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="171"/>
        <source>Выберите файл пакета</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="172"/>
        <source>Пакеты упражнений (*.ctpack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="183"/>
        <source>Проверка и установка «%1»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="190"/>
        <source>Установлен пакет «%1», версия %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="200"/>
        <source>Пакет уже установлен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="202"/>
        <source>Заменить установленную версию?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="207"/>
        <source>Установка отменена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="209"/>
        <source>Пакет не установлен: ошибок — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="210"/>
        <source>Пакет не установлен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="227"/>
        <source>Удаление пакета</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="228"/>
        <source>Удалить пакет «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="229"/>
        <source>Результаты занятий по этому пакету можно сохранить: они пригодятся, если пакет установят снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="231"/>
        <source>Удалить, результаты сохранить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="232"/>
        <source>Удалить вместе с результатами</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="233"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="243"/>
        <source>Пакет не удалён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="245"/>
        <source>Пакет «%1» удалён.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../app/ui/packs_screen.py" line="59"/>
        <source>Пакет не установлен. Найдены ошибки (файл:строка: поле: что не так):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../app/ui/result_screen.py" line="39"/>
        <source>Воспроизвести набор</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="40"/>
        <source>Ещё раз (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="41"/>
        <source>Следующий урок (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="42"/>
        <source>К списку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="48"/>
        <source>Зелёным — верно с первого раза, оранжевым — исправлено, красным — ошибка, оставленная в тексте.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="55"/>
        <source>Ваш набор:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="77"/>
        <source>Пройдено! Скорость и точность не ниже порога.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="80"/>
        <source>Урок прерван: текст набран не до конца.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="83"/>
        <source>Пока не пройдено: нужно {cpm:.0f} зн/мин при точности {acc:.0f} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="93"/>
        <source>Скорость, зн/мин</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="94"/>
        <source>Скорость, WPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="95"/>
        <source>Точность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="96"/>
        <source>Ошибок на знак</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="97"/>
        <source>Ошибки / исправления</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="98"/>
        <source>Время набора</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="101"/>
        <source>Нажатий не в той раскладке (не ошибки)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="102"/>
        <source>Показатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="102"/>
        <source>Результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/result_screen.py" line="102"/>
        <source>Порог</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="24"/>
        <source>Что делать при ошибке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="28"/>
        <source>Стоп: курсор ждёт верную клавишу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="29"/>
        <source>Исправлять: ошибку нужно стереть клавишей Backspace и набрать верно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="30"/>
        <source>Свободно: ошибки остаются в тексте и считаются</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="37"/>
        <source>Типографика: что засчитывать вместо знаков, которых нет на клавиатуре</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="40"/>
        <source>&quot; вместо кавычек « » „ “</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="41"/>
        <source>- (дефис) вместо тире — и –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="42"/>
        <source>е вместо ё</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="43"/>
        <source>обычный пробел вместо неразрывного</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="44"/>
        <source>три точки ... вместо многоточия …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="49"/>
        <source>Порог прохождения урока</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="54"/>
        <source> зн/мин</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="59"/>
        <source>Скорость не ниже</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="60"/>
        <source>Точность не ниже</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="62"/>
        <source>Вид</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="66"/>
        <source> пикс.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="67"/>
        <source>Показывать клавиатуру</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="71"/>
        <source>Размер шрифта текста</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="73"/>
        <source>Язык интерфейса</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="78"/>
        <source>Вернуть настройки по умолчанию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="117"/>
        <source>Некоторые сохранённые настройки были неверны и заменены значениями по умолчанию: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="140"/>
        <source>Не удалось сохранить язык: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_screen.py" line="142"/>
        <source>Язык интерфейса сменится после перезапуска программы.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatBar</name>
    <message>
        <location filename="../../app/ui/stat_bar.py" line="19"/>
        <source>зн/мин</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stat_bar.py" line="19"/>
        <source>WPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stat_bar.py" line="20"/>
        <source>точность</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stat_bar.py" line="20"/>
        <source>ошибки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/stat_bar.py" line="21"/>
        <source>время</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimedScreen</name>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="32"/>
        <source>Длительность:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="34"/>
        <source>{n} мин</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="39"/>
        <source>Начать тест</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="41"/>
        <source>&lt;h2&gt;Тест на время&lt;/h2&gt;Тексты — сообщения оператора из настоящих чатов. Время идёт с первого нажатия; засчитываются верно набранные знаки. Работодатели часто просят не меньше 200 зн/мин при точности от 97 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="48"/>
        <source>Тексты:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_screens.py" line="76"/>
        <source>Тест на время: {n} мин</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
