<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en_GB">
<context>
    <name>DeleteConfirmation</name>
    <message numerus="yes">
        <source>%n area(s) beneath it</source>
        <translation>
            <numerusform>%n area beneath it</numerusform>
            <numerusform>%n areas beneath it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-programme(s)</source>
        <translation>
            <numerusform>%n sub-programme</numerusform>
            <numerusform>%n sub-programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n value(s)</source>
        <translation>
            <numerusform>its %n value</numerusform>
            <numerusform>its %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with their %n value(s)</source>
        <translation>
            <numerusform>with their %n value</numerusform>
            <numerusform>with their %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n progress update</numerusform>
            <numerusform>%n progress updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GP practice(s)</source>
        <translation>
            <numerusform>%n GP practice</numerusform>
            <numerusform>%n GP practices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jfp</name>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of &apos;%2&apos; for %n period(s)</source>
        <translation>
            <numerusform>Set %1 of &apos;%2&apos; for %n period</numerusform>
            <numerusform>Set %1 of &apos;%2&apos; for %n periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s), %1 to %2</source>
        <translation>
            <numerusform>%n point, %1 to %2</numerusform>
            <numerusform>%n points, %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) with no value left out of the calculation.</source>
        <translation>
            <numerusform>%n period with no value left out of the calculation.</numerusform>
            <numerusform>%n periods with no value left out of the calculation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locality(-ies)</source>
        <translation>
            <numerusform>%n locality</numerusform>
            <numerusform>%n localities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n framework(s)</source>
        <translation>
            <numerusform>%n framework</numerusform>
            <numerusform>%n frameworks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n progress update</numerusform>
            <numerusform>%n progress updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned value(s)</source>
        <translation>
            <numerusform>%n planned value</numerusform>
            <numerusform>%n planned values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual value(s)</source>
        <translation>
            <numerusform>%n actual value</numerusform>
            <numerusform>%n actual values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmark value(s)</source>
        <translation>
            <numerusform>%n benchmark value</numerusform>
            <numerusform>%n benchmark values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open milestones first, by due date (overdue and slipped ones say so: a forecast more than %n day(s) after its baseline date has slipped), then completed and cancelled ones.</source>
        <translation>
            <numerusform>Open milestones first, by due date (overdue and slipped ones say so: a forecast more than %n day after its baseline date has slipped), then completed and cancelled ones.</numerusform>
            <numerusform>Open milestones first, by due date (overdue and slipped ones say so: a forecast more than %n days after its baseline date has slipped), then completed and cancelled ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s), %1 to %2</source>
        <translation>
            <numerusform>%n value, %1 to %2</numerusform>
            <numerusform>%n values, %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>forecast more than %n day(s) after baseline</source>
        <translation>
            <numerusform>forecast more than %n day after baseline</numerusform>
            <numerusform>forecast more than %n days after baseline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more open milestone(s) in the table.</source>
        <translation>
            <numerusform>And %n more open milestone in the table.</numerusform>
            <numerusform>And %n more open milestones in the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Milestones slip after %n day(s)</source>
        <translation>
            <numerusform>Milestones slip after %n day</numerusform>
            <numerusform>Milestones slip after %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forecast %n day(s) after its baseline date, more than the %1 the plan allows</source>
        <translation>
            <numerusform>Forecast %n day after its baseline date, more than the %1 the plan allows</numerusform>
            <numerusform>Forecast %n days after its baseline date, more than the %1 the plan allows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more: &apos;jfp check&apos; lists them all)</source>
        <translation>
            <numerusform> (and %n more: &apos;jfp check&apos; lists them all)</numerusform>
            <numerusform> (and %n more: &apos;jfp check&apos; lists them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading or writing &apos;%1&apos; took longer than %n second(s) and was stopped, so nothing was changed: the plan may be damaged, or far larger than any plan should be. Check it with &apos;jfp check&apos;.</source>
        <translation>
            <numerusform>Reading or writing &apos;%1&apos; took longer than %n second and was stopped, so nothing was changed: the plan may be damaged, or far larger than any plan should be. Check it with &apos;jfp check&apos;.</numerusform>
            <numerusform>Reading or writing &apos;%1&apos; took longer than %n seconds and was stopped, so nothing was changed: the plan may be damaged, or far larger than any plan should be. Check it with &apos;jfp check&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jfp::ChangeHistoryView</name>
    <message numerus="yes">
        <source>%1 of %n change(s) shown.</source>
        <translation>
            <numerusform>%1 of %n change shown.</numerusform>
            <numerusform>%1 of %n changes shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jfp::GoToDialog</name>
    <message numerus="yes">
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n item matches</numerusform>
            <numerusform>%n items match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jfp::ImportDialog</name>
    <message numerus="yes">
        <source>Read %n row(s).</source>
        <translation>
            <numerusform>Read %n row.</numerusform>
            <numerusform>Read %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, not listed</source>
        <translation>
            <numerusform>… and %n more, not listed</numerusform>
            <numerusform>… and %n more, not listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), listed above, stop this import. Correct the file (or the links) and import it again. Nothing has been written.</source>
        <translation>
            <numerusform>%n problem, listed above, stops this import. Correct the file (or the links) and import it again. Nothing has been written.</numerusform>
            <numerusform>%n problems, listed above, stop this import. Correct the file (or the links) and import it again. Nothing has been written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jfp::IndicatorsView</name>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 of %n shown</numerusform>
            <numerusform>%1 of %n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jfp::MilestoneTimeline</name>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n day later</numerusform>
            <numerusform>%n days later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier</source>
        <translation>
            <numerusform>%n day earlier</numerusform>
            <numerusform>%n days earlier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jfp::MilestonesView</name>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 of %n shown</numerusform>
            <numerusform>%1 of %n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jfp::ReportActions</name>
    <message numerus="yes">
        <source>Exported %n chart(s) to %1</source>
        <translation>
            <numerusform>Exported %n chart to %1</numerusform>
            <numerusform>Exported %n charts to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jfp::TrajectoryEditor</name>
    <message numerus="yes">
        <source>%n value(s) of this indicator are stored for other periods (years, quarters or months): choose them under Periods to see them.</source>
        <translation>
            <numerusform>%n value of this indicator is stored for other periods (years, quarters or months): choose them under Periods to see it.</numerusform>
            <numerusform>%n values of this indicator are stored for other periods (years, quarters or months): choose them under Periods to see them.</numerusform>
        </translation>
    </message>
</context>
</TS>
